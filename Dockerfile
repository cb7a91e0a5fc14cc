# careergraph API image. Build: docker build -t careergraph .   (or: docker compose up, see docker-compose.yml)

# ---- build: install every dependency and compile TypeScript to dist/ ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
# patches/ before npm ci: its postinstall (patch-package) applies them to node_modules.
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci
# tsconfig.build.json extends tsconfig.json and compiles src/, scripts/, bench/ and examples/; then
# scripts/build-web.ts bundles web/ (and the example operations it shows) into dist/web/.
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY bench ./bench
COPY examples ./examples
COPY web ./web
RUN npm run build

# ---- runtime: production dependencies, the compiled code and the seed data ----
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# The app finds seed/ by walking up from dist/ to the folder holding package.json (/app).
COPY seed ./seed
# The project's own operations are the ones metrics label by name (src/server/observe/operation-labels.ts).
COPY examples/*.graphql ./examples/
COPY web/explore/explore.graphql ./web/explore/
# The checked seed, written once here (src/store/memory/seed-cache.ts): every container reads it at start
# instead of reading, checking and hashing seed/ again. Like the rest, owned by root and only read.
ENV SEED_CACHE_DIR=/app/.seed-cache
RUN node dist/src/store/memory/seed-cache-cli.js
# And the server's compiled code (src/boot.ts): a start on free ports that keeps V8's code cache and stops.
RUN PORT=0 METRICS_PORT=0 node dist/src/boot.js --prepare-cache
# Files stay owned by root: the server only reads them.
USER node
EXPOSE 4000
# /healthz: the process is up. The slim image has no curl or wget, so node's fetch does the request.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/boot.js"]
