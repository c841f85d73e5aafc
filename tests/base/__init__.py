"""Tests of base (tests/ mirrors the stages: tests/test_layout.py)."""
