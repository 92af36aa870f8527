package cn.gov.xinbei.pfp.calendar.notice;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line for tools/parse-holiday-notice.sh: reads a notice text file (UTF-8) and prints the YAML for
 * config/calendar/YYYY.yml. Exit status 1 with the line and reason when the notice is refused, 2 on bad use.
 */
public final class ParseHolidayNotice {

    private ParseHolidayNotice() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            err.println("用法：tools/parse-holiday-notice.sh NOTICE.txt");
            System.exit(2);
        }
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        try {
            out.print(HolidayYearYaml.write(new HolidayNoticeParser().parse(text)));
        } catch (HolidayNoticeParseException e) {
            err.println(args[0] + " " + e.getMessage());
            System.exit(1);
        }
    }
}
