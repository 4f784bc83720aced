"""The handoff service: counsellors' accounts, the queue, claiming and replying, the console."""
