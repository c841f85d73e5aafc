"""Tests of model (tests/ mirrors the stages: tests/test_layout.py)."""
