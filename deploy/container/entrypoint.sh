#!/bin/sh
# app: one web replica (settings from the environment); engine: the standalone Zeebe-protocol engine
set -eu
case "${1:-app}" in
  app) exec java ${JAVA_OPTS_APPEND:-} -jar /opt/vetted/app/quarkus-run.jar ;;
  engine) exec java ${JAVA_OPTS_APPEND:-} -cp "/opt/vetted/engine/*:/opt/vetted/engine/lib/*" dev.vetted.deploy.EngineCommand ;;
  *) echo "usage: app | engine" >&2; exit 2 ;;
esac
