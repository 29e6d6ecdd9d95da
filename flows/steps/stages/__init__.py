"""The stages of both paths, each a list of `Spec`s (`SPECS`) that the engine asks in the
order `flows/procedure.py` gives."""
