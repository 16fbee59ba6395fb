"""Builtins and sys pieces that need the VM (filled in by later steps)."""
