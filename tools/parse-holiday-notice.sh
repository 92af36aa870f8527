#!/usr/bin/env bash
# Prints the YAML for config/calendar/<year>.yml from the text of the State Council's yearly holiday notice
# (《国务院办公厅关于YYYY年部分节假日安排的通知》, copied into a UTF-8 text file), for administrators who prefer
# files to the desk page:
#
#   tools/parse-holiday-notice.sh NOTICE.txt > config/calendar/2027.yml
#
# Compiles the application first (./mvnw -q compile) when the parser's classes are missing or older than its
# sources. A refused notice prints the line and the reason and exits 1. Check the output against the published
# notice before committing it: it decides every legal deadline of the year.
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "usage: $0 NOTICE.txt" >&2
  exit 2
fi
notice="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
cd "$(dirname "$0")/.."

main_class=target/classes/cn/gov/xinbei/pfp/calendar/notice/ParseHolidayNotice.class
if [ ! -f "$main_class" ] \
    || [ -n "$(find src/main/java/cn/gov/xinbei/pfp/calendar -name '*.java' -newer "$main_class" -print -quit)" ]; then
  ./mvnw -q compile >&2
fi
# The parser and the calendar records use nothing but the JDK, so the compiled classes are the whole class path.
exec java -cp target/classes cn.gov.xinbei.pfp.calendar.notice.ParseHolidayNotice "$notice"
