"""The running bot: ingest, processing, the outbox sender and its limits, the leader, the
sweeper."""
