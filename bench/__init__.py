"""Benchmarks: synthetic data in the real format, server-side timings, browser timings, load."""
