-- Role and databases of Branch Graph: one database per service. Idempotent (psql's \gexec runs
-- each CREATE only when missing), so it serves both
--   infra/local/infra.sh        (psql as the postgres superuser, on every `up`)
--   infra/docker-compose.yml    (/docker-entrypoint-initdb.d, once, on an empty data directory)
-- Dev credentials: bg/bg, superuser (migrations create extensions and schemas freely).

SELECT 'CREATE ROLE bg' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bg')\gexec
ALTER ROLE bg WITH LOGIN SUPERUSER CREATEDB PASSWORD 'bg';

SELECT 'CREATE DATABASE personnel OWNER bg'   WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'personnel')\gexec
SELECT 'CREATE DATABASE attendance OWNER bg'  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'attendance')\gexec
SELECT 'CREATE DATABASE performance OWNER bg' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'performance')\gexec
SELECT 'CREATE DATABASE recruitment OWNER bg' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'recruitment')\gexec
