"""Tests of render (tests/ mirrors the stages: tests/test_layout.py)."""
