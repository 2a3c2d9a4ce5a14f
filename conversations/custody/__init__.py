"""House custody (託管): the owner's request, meter readings and outside checks."""
