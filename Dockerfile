# Build: the dependencies exactly as locked (versions and hashes: requirements.lock, made by
# pip-compile from pyproject.toml), then the package itself without resolving anything again
# (an editable install pointing at /app, where the source sits beside its texts in locales/),
# in a virtual environment. The lock is copied first, so a change to the source reuses the
# dependencies' layer.
FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
COPY requirements.lock ./
RUN python -m venv /venv \
 && /venv/bin/pip install --require-hashes -r requirements.lock
COPY pyproject.toml README.md ./
COPY bot bot
COPY flows flows
RUN /venv/bin/pip install --no-deps -e .

# Run: as a non-root user (uid 10001). No VOLUME: `docker run -v NAME:/data` mounts one where
# the SQLite file should live, and replicas on PostgreSQL need none.
FROM python:3.12-slim
RUN useradd --create-home --uid 10001 claimbot \
 && mkdir /data && chown claimbot:claimbot /data
COPY --from=build /venv /venv
COPY bot /app/bot
COPY flows /app/flows
COPY locales /app/locales
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATABASE_PATH=/data/claimbot.sqlite3
USER claimbot
# The user's own folder: `claimbot console` keeps ./data and ./out here.
WORKDIR /home/claimbot
EXPOSE 8080
# Webhook mode: GET /healthz must answer 200; polling and the console: healthy while running.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-m", "bot.healthcheck"]
CMD ["claimbot", "run"]
