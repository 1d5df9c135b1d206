"""Storage helpers every stage may use: atomic writes, digests, memo files, forked workers."""
