"""Offline prompt evals: suites as data, a runner with record and replay, comparison and reports."""
