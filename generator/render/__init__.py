"""Rendering: the model in, `{output path: bytes}` out. Nothing here touches the disk's output folder."""
