"""Pure rules of ASN performance management: no Qt, no SQL, no I/O."""
