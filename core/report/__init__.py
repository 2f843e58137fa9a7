"""Reports of a diagnosis: the JSON contract and the readable text report."""
