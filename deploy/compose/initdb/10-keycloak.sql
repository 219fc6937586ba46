-- Keycloak keeps its own database in the same PostgreSQL server
create database keycloak owner vetted;
