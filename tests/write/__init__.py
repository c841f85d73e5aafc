"""Tests of write (tests/ mirrors the stages: tests/test_layout.py)."""
