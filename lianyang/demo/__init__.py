"""The demo: a community station built from a seed through the services (`lianyang demo`)."""
