"""Bases Atlas dashboard: draws what `geodata` answers; holds no data logic of its own."""
