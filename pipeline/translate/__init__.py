"""Translation: engines (Argos/CTranslate2, Apertium), model packages, routes, cache, batches."""
