"""The procedure: pure domain modules here, the Telegram dialogue in `flows.steps`."""
