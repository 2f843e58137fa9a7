"""Developer tools (not shipped): the demo tenant generator and the shared ARM-JSON builders."""
