"""Lianyang: the software a community foreign-affairs service station runs on."""
