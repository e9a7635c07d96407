# The performance process: docker build -f infra/docker/performance.Dockerfile -t branch-graph/performance:<version> .
# (context: the repository root; .dockerignore leaves out node_modules, dist, .data, .tools).
# Node 24 is the LTS named in .nvmrc: keep both FROM lines in step with it (a test checks).

# 1. build: every dependency, compile @bg/performance and the workspaces it needs, then keep production
#    dependencies only (npm ci again with --omit=dev; the compiled dist/ folders stay).
FROM node:24.22.3-bookworm AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx turbo run build --filter=@bg/performance... \
 && rm -rf node_modules packages/*/node_modules services/*/node_modules gateway/node_modules infra/*/node_modules load-tests/node_modules k8s/node_modules \
 && npm ci --omit=dev --no-audit --no-fund --workspace @bg/performance --include-workspace-root=false \
 && npm cache clean --force

# 2. runtime: the compiled code and production node_modules, owned by root and read-only to the
#    process, which runs as the unprivileged user node (uid 1000).
FROM node:24.22.3-bookworm-slim AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4003 DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/packages ./packages
COPY --from=build /app/services/performance ./services/performance
# DATA_DIR: only for SQLite without DATABASE_URL (k8s always sets DATABASE_URL). /tmp: an emptyDir under a read-only root.
RUN mkdir -p /data && chown 1000:1000 /data
USER 1000:1000
EXPOSE 4003
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "services/performance/dist/main.js"]
