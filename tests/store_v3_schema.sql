-- The schema of an embedded store at version 3 exactly as sqlite-utils created it (before the
-- migrations became portable DDL): tests/test_store.py opens such a store with today's program.
CREATE TABLE "settings" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT
);
CREATE TABLE "catalogue_versions" (
   "version" TEXT PRIMARY KEY,
   "sha256" TEXT,
   "content" TEXT,
   "imported_at" TEXT,
   "active" INTEGER,
   "imported_by" TEXT
);
CREATE TABLE "counters" (
   "scope" TEXT PRIMARY KEY,
   "last" INTEGER
);
CREATE TABLE "staff" (
   "id" INTEGER PRIMARY KEY,
   "login" TEXT NOT NULL,
   "full_name" TEXT NOT NULL,
   "role" TEXT NOT NULL,
   "secret_hash" TEXT,
   "failed_tries" INTEGER DEFAULT 0,
   "locked_until" TEXT,
   "active" INTEGER DEFAULT 1,
   "created_at" TEXT
);
CREATE UNIQUE INDEX "idx_staff_login"
    ON "staff" ("login");
CREATE TABLE "batches" (
   "id" INTEGER PRIMARY KEY,
   "number" TEXT NOT NULL,
   "day" TEXT NOT NULL,
   "destination" TEXT NOT NULL,
   "created_at" TEXT,
   "employee" TEXT,
   "count" INTEGER
);
CREATE UNIQUE INDEX "idx_batches_number"
    ON "batches" ("number");
CREATE INDEX "idx_batches_day_destination"
    ON "batches" ("day", "destination");
CREATE TABLE "tickets" (
   "id" INTEGER PRIMARY KEY,
   "day" TEXT NOT NULL,
   "category" TEXT NOT NULL,
   "seq" INTEGER NOT NULL,
   "code" TEXT NOT NULL,
   "service_id" TEXT,
   "lang" TEXT,
   "issued_at" TEXT NOT NULL,
   "called_at" TEXT,
   "desk" TEXT,
   "served_at" TEXT,
   "status" TEXT NOT NULL DEFAULT 'waiting',
   "prefill" TEXT,
   "package_id" INTEGER,
   "recalls" INTEGER DEFAULT 0
);
CREATE UNIQUE INDEX "idx_tickets_day_category_seq"
    ON "tickets" ("day", "category", "seq");
CREATE INDEX "idx_tickets_code_day"
    ON "tickets" ("code", "day");
CREATE TABLE "packages" (
   "id" INTEGER PRIMARY KEY,
   "number" TEXT NOT NULL,
   "office_code" TEXT NOT NULL,
   "station" TEXT NOT NULL,
   "day" TEXT NOT NULL,
   "seq" INTEGER NOT NULL,
   "service_id" TEXT NOT NULL,
   "catalogue_version" TEXT NOT NULL,
   "outcome" TEXT NOT NULL,
   "status" TEXT NOT NULL,
   "surname" TEXT NOT NULL,
   "surname_key" TEXT,
   "name" TEXT,
   "patronymic" TEXT,
   "iin" TEXT NOT NULL,
   "phone" TEXT,
   "address" TEXT,
   "representative" TEXT,
   "answers" TEXT,
   "documents" TEXT,
   "missing" TEXT,
   "consent" INTEGER,
   "channel" TEXT,
   "employee" TEXT,
   "accepted_at" TEXT NOT NULL,
   "due_date" TEXT,
   "provider_due_date" TEXT,
   "destination" TEXT,
   "batch_id" INTEGER REFERENCES "batches"("id"),
   "dispatched_at" TEXT,
   "result_ready_at" TEXT,
   "issued_at" TEXT,
   "issued_by" TEXT,
   "ticket_id" INTEGER REFERENCES "tickets"("id"),
   "format" TEXT
);
CREATE UNIQUE INDEX "idx_packages_number"
    ON "packages" ("number");
CREATE UNIQUE INDEX "idx_packages_office_code_station_day_seq"
    ON "packages" ("office_code", "station", "day", "seq");
CREATE INDEX "idx_packages_iin"
    ON "packages" ("iin");
CREATE INDEX "idx_packages_day_status"
    ON "packages" ("day", "status");
CREATE INDEX "idx_packages_batch_id"
    ON "packages" ("batch_id");
CREATE TABLE "events" (
   "id" INTEGER PRIMARY KEY,
   "at" TEXT NOT NULL,
   "kind" TEXT NOT NULL,
   "employee" TEXT,
   "package_id" INTEGER REFERENCES "packages"("id"),
   "data" TEXT,
   "prev_hash" TEXT NOT NULL,
   "hash" TEXT NOT NULL
);
CREATE INDEX "idx_events_package_id"
    ON "events" ("package_id");
CREATE TABLE "calendar_overrides" (
   "day" TEXT PRIMARY KEY,
   "working" INTEGER,
   "note" TEXT
);
CREATE TABLE "complaints" (
   "id" INTEGER PRIMARY KEY,
   "incoming_number" TEXT NOT NULL,
   "received_at" TEXT NOT NULL,
   "taken_by" TEXT NOT NULL,
   "applicant" TEXT,
   "phone" TEXT,
   "package_number" TEXT,
   "text" TEXT NOT NULL,
   "answer_due" TEXT NOT NULL,
   "answered_at" TEXT,
   "answer" TEXT
);
CREATE UNIQUE INDEX "idx_complaints_incoming_number"
    ON "complaints" ("incoming_number");
CREATE TABLE "home_requests" (
   "id" INTEGER PRIMARY KEY,
   "created_at" TEXT NOT NULL,
   "name" TEXT,
   "phone" TEXT NOT NULL,
   "address" TEXT,
   "service_id" TEXT,
   "note" TEXT,
   "status" TEXT
, scheduled_for TEXT, scheduled_time TEXT, visit_note TEXT, scheduled_by TEXT, scheduled_at TEXT, handled_by TEXT, handled_at TEXT, outcome TEXT, package_number TEXT);
CREATE INDEX idx_packages_surname_recent ON packages(surname_key, accepted_at DESC, id DESC);
CREATE INDEX idx_home_requests_status ON home_requests(status, created_at);
