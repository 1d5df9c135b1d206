"""Stage 5, build: the core ``SiteBuild`` (collect, extract, correct, index, render) and its caches."""
