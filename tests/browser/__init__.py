"""Tests of browser (tests/ mirrors the stages: tests/test_layout.py)."""
