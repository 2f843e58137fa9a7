"""Azure access: the gateway (the only code that touches the Azure SDK) and its helpers."""
