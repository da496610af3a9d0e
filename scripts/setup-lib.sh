# Shared by ./zuil and bench/run: the Debian packages Zuil needs, and the PostgreSQL the tests and
# benchmarks use. Sourced, never run; expects ROOT to be set.

TEST_PACKAGES=(socat chromium chromium-driver xvfb xauth fonts-dejavu-core libgtk-3-0 postgresql
  # The packages and their install test (packaging/): checking, signing, an apt repository, and
  # what zuil-kiosk depends on, so the throw-away copy of this machine needs no download.
  lintian apt-utils gnupg jq sqlite3 curl xdotool cage xwayland libxtst6 libgl1 logrotate adduser
  unattended-upgrades
  # An independent QR decoder for the referral slip's link (ReferralChainTest).
  zbar-tools
  # The kiosk speaks (espeak-ng); its tests measure the sound and make recorded clips, whole,
  # cut off, silent and too long (sox).
  espeak-ng sox)
DEMO_PACKAGES=(socat fonts-dejavu-core libgtk-3-0 xvfb imagemagick xdotool jq espeak-ng)

say() { printf '%s: %s\n' "${SAY_AS:-zuil}" "$*" >&2; }

ensure_packages() {
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    say "missing packages: ${missing[*]}"
    say "run: sudo apt-get install -y ${missing[*]}"
    exit 1
  fi
}

# Starts the system PostgreSQL (Debian's cluster tools) and makes a role and database for tests.
start_postgres() {
  local version cluster_line port
  version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
    if [ "$(id -u)" -ne 0 ]; then
      say "no PostgreSQL cluster; run: sudo pg_createcluster $version main --start"; exit 1
    fi
    pg_createcluster "$version" main >/dev/null
  fi
  cluster_line=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main"')
  port=$(awk '{print $3}' <<<"$cluster_line")
  if ! grep -q online <<<"$cluster_line"; then
    if [ "$(id -u)" -ne 0 ]; then
      say "PostgreSQL is stopped; run: sudo pg_ctlcluster $version main start"; exit 1
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- psql -q -p "$port" -v ON_ERROR_STOP=1 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zuil') THEN
    CREATE ROLE zuil LOGIN PASSWORD 'zuil-test' CREATEDB;
  END IF;
END $$;
SQL
    runuser -u postgres -- psql -q -p "$port" -tAc "SELECT 1 FROM pg_database WHERE datname = 'zuil_test'" \
      | grep -q 1 || runuser -u postgres -- createdb -p "$port" -O zuil zuil_test
  fi
  export ZUIL_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/zuil_test"
  export ZUIL_TEST_PG_USER=zuil
  export ZUIL_TEST_PG_PASSWORD=zuil-test
}
