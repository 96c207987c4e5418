"""Question packs: the format, the loader and where packs are found."""
