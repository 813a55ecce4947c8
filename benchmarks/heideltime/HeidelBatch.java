// Runs HeidelTime (standalone jar, TreeTagger) over a directory of documents in ONE warm JVM.
// usage: java -cp heideltime.jar HeidelBatch.java CONFIG.props IN_DIR OUT_DIR
// IN_DIR holds NNNNN.txt (UTF-8 text) and NNNNN.dct (YYYY-MM-DD); writes OUT_DIR/NNNNN.tml (TimeML).
// The first document is processed once untimed (warm-up); then every document is timed; the last
// line printed is "seconds=<total> docs=<n>".
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

public class HeidelBatch {
    public static void main(String[] args) throws Exception {
        HeidelTimeStandalone ht = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML,
                args[0], POSTagger.TREETAGGER);
        Path in = Paths.get(args[1]);
        Path out = Paths.get(args[2]);
        SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd");
        List<Path> docs;
        try (var s = Files.list(in)) {
            docs = s.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        }
        if (docs.isEmpty()) { System.out.println("seconds=0 docs=0"); return; }
        ht.process(read(docs.get(0)), dct(docs.get(0), fmt));  // warm-up, untimed
        long t0 = System.nanoTime();
        for (Path p : docs) {
            String tml = ht.process(read(p), dct(p, fmt));
            String name = p.getFileName().toString().replace(".txt", ".tml");
            Files.write(out.resolve(name), tml.getBytes(StandardCharsets.UTF_8));
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.println("seconds=" + secs + " docs=" + docs.size());
    }

    static String read(Path p) throws Exception {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }

    static Date dct(Path txt, SimpleDateFormat fmt) throws Exception {
        Path d = Paths.get(txt.toString().replace(".txt", ".dct"));
        return fmt.parse(read(d).trim());
    }
}
