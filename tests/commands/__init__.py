"""Tests of commands (tests/ mirrors the stages: tests/test_layout.py)."""
