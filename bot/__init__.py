"""claimbot: the machinery (Telegram, database, clock, files) around the dialogue in `flows/`."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
LOCALES_DIR = PROJECT_ROOT / "locales"
