"""The demo clinic, the two published cases and the synthetic clinic for benchmarks."""
