# syntax=docker/dockerfile:1
# Build: install the dependencies into a virtual environment.
FROM python:3.12-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot bot
COPY flows flows
RUN python -m venv /venv \
 && /venv/bin/pip install . \
 && /venv/bin/pip uninstall --yes claimbot

# Run: the source next to its texts, as a non-root user, the database on a volume.
FROM python:3.12-slim
RUN useradd --create-home --uid 10001 claimbot \
 && mkdir /data && chown claimbot:claimbot /data
COPY --from=build /venv /venv
WORKDIR /app
COPY bot bot
COPY flows flows
COPY locales locales
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DATABASE_PATH=/data/claimbot.sqlite3
USER claimbot
VOLUME ["/data"]
EXPOSE 8080
CMD ["python", "-m", "bot", "run"]
