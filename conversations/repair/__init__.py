"""The repair form, its keyboards and the questions asked after a work order's buttons."""
