"""Tests of load (tests/ mirrors the stages: tests/test_layout.py)."""
