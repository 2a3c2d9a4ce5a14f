"""`propdesk admin`: the office's command line."""
