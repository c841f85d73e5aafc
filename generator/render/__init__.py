"""Rendering: the model in, outputs out, each a module-level function of exactly its inputs (base/memo.py keys
it by them). Nothing here touches the output folder: write/ does."""
