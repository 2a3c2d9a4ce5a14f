# propdesk: the bot, in webhook or polling mode. Build: docker build -t propdesk .
# Settings come from the environment (PROPDESK_...); see README "Deploying".
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# pg_dump/pg_restore for `propdesk backup` on PostgreSQL; fonts for charts and documents.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# The tested versions first (cached layer), then the code.
COPY requirements.lock ./
RUN pip install -r requirements.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY conversations ./conversations
COPY domain ./domain
COPY store ./store
COPY sandbox ./sandbox
RUN pip install --no-deps . && useradd --system --home /var/lib/propdesk propdesk \
    && mkdir -p /var/lib/propdesk && chown propdesk /var/lib/propdesk

USER propdesk
WORKDIR /var/lib/propdesk
ENV PROPDESK_FILES__ROOT=/var/lib/propdesk/files \
    PROPDESK_WEBHOOK__HOST=0.0.0.0 \
    PROPDESK_HEALTH__HOST=0.0.0.0
EXPOSE 8443
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD python -c "import urllib.request,os,sys; p=os.environ.get('PROPDESK_HEALTH__PORT') or os.environ.get('PROPDESK_WEBHOOK__PORT','8443'); sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{p}/healthz', timeout=4).status == 200 else 1)"
# Migrate (a no-op when current), then run.
CMD ["sh", "-c", "propdesk migrate && exec propdesk run"]
