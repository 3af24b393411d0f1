"""The generators of the real-format fixtures, one module per format; make_fixtures.py (beside
this package) runs them."""
