-- compose.yaml's PostgreSQL: one database per app, as in production (each app's Flyway creates its tables).
CREATE DATABASE customer;
CREATE DATABASE billing;
CREATE DATABASE pricing;
CREATE DATABASE support;
CREATE DATABASE gateway;
