<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>App::Examples</name>
    <message>
        <source>ReLU vs LeakyReLU</source>
        <translation>ReLU vs. LeakyReLU</translation>
    </message>
    <message>
        <source>tf.keras ReLU(negative_slope) is LeakyReLU(alpha): the figure of the negative_slope question</source>
        <translation>tf.keras ReLU(negative_slope) ist LeakyReLU(alpha): die Abbildung zur negative_slope-Frage</translation>
    </message>
    <message>
        <source>Framework defaults</source>
        <translation>Framework-Standardwerte</translation>
    </message>
    <message>
        <source>LeakyReLU with no arguments: slope 0.3 in Keras, 0.01 in PyTorch</source>
        <translation>LeakyReLU ohne Argumente: Steigung 0.3 in Keras, 0.01 in PyTorch</translation>
    </message>
    <message>
        <source>Leaky vs Parametric</source>
        <translation>Leaky vs. Parametric</translation>
    </message>
    <message>
        <source>Same formula, but PReLU learns alpha: see ∂f/∂alpha, and Keras&apos; f′(0) = 0 against PyTorch&apos;s alpha</source>
        <translation>Dieselbe Formel, aber PReLU lernt alpha: siehe ∂f/∂alpha, und f′(0) = 0 in Keras gegenüber alpha in PyTorch</translation>
    </message>
    <message>
        <source>Keras ReLU arguments</source>
        <translation>Argumente von Keras ReLU</translation>
    </message>
    <message>
        <source>The ReLU layer tutorial: max_value, negative_slope and threshold, with its tables</source>
        <translation>Das Tutorial zur ReLU-Schicht: max_value, negative_slope und threshold, mit seinen Tabellen</translation>
    </message>
    <message>
        <source>Is ReLU(negative_slope=a) a LeakyReLU(a)?</source>
        <translation>Ist ReLU(negative_slope=a) ein LeakyReLU(a)?</translation>
    </message>
    <message>
        <source>Compared exactly in Keras 3 and tf.keras; PyTorch has only LeakyReLU. Ctrl+click two rows and press Ctrl+K to compare another pair</source>
        <translation>Exakt verglichen in Keras 3 und tf.keras; PyTorch hat nur LeakyReLU. Zwei Zeilen mit Strg+Klick wählen und Strg+K drücken, um ein anderes Paar zu vergleichen</translation>
    </message>
    <message>
        <source>Keras vs PyTorch LeakyReLU</source>
        <translation>LeakyReLU: Keras vs. PyTorch</translation>
    </message>
    <message>
        <source>The same layer name, two defaults: 0.3 against 0.01, compared piece by piece</source>
        <translation>Derselbe Schichtname, zwei Standardwerte: 0.3 gegen 0.01, Stück für Stück verglichen</translation>
    </message>
    <message>
        <source>PReLU at its initial value vs LeakyReLU</source>
        <translation>PReLU mit Startwert vs. LeakyReLU</translation>
    </message>
    <message>
        <source>The same values and d/dx, but PReLU learns alpha: the d/d(alpha) part is where they differ</source>
        <translation>Dieselben Werte und d/dx, aber PReLU lernt alpha: Sie unterscheiden sich im d/d(alpha)-Anteil</translation>
    </message>
    <message>
        <source>ReLU(max_value=6) vs ReLU6</source>
        <translation>ReLU(max_value=6) vs. ReLU6</translation>
    </message>
    <message>
        <source>Keras ReLU(max_value=6) is relu6 at every float, kinks included</source>
        <translation>Keras ReLU(max_value=6) ist relu6 bei jeder Gleitkommazahl, Knicke eingeschlossen</translation>
    </message>
    <message>
        <source>PReLU learns its slope</source>
        <translation>PReLU lernt seine Steigung</translation>
    </message>
    <message>
        <source>The learning lab: a PyTorch PReLU alone, starting at alpha 0.25, learns a teacher&apos;s 0.6. Press Play</source>
        <translation>Das Lernlabor: ein einzelnes PyTorch-PReLU lernt ausgehend von alpha 0.25 die 0.6 eines Lehrers. Start drücken</translation>
    </message>
    <message>
        <source>Dying ReLU</source>
        <translation>Sterbende ReLUs</translation>
    </message>
    <message>
        <source>Circles at SGD learning rate 1: ReLU units die, Leaky and PReLU units do not. Press Compare Runs</source>
        <translation>Kreise mit SGD-Lernrate 1: ReLU-Einheiten sterben, Leaky- und PReLU-Einheiten nicht. „Läufe vergleichen“ drücken</translation>
    </message>
    <message>
        <source>Keras vs PyTorch PReLU initialisation</source>
        <translation>PReLU-Initialisierung: Keras vs. PyTorch</translation>
    </message>
    <message>
        <source>The same moons, the same seed: Keras starts PReLU at alpha 0 (a ReLU), PyTorch at 0.25. Press Compare Runs</source>
        <translation>Dieselben Monde, derselbe Seed: Keras startet PReLU bei alpha 0 (eine ReLU), PyTorch bei 0.25. „Läufe vergleichen“ drücken</translation>
    </message>
</context>
<context>
    <name>App::ExportController</name>
    <message>
        <source>Exported the figure to %1</source>
        <translation>Abbildung nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported the window to %1</source>
        <translation>Fenster nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exported the data of the visible curves to %1</source>
        <translation>Daten der sichtbaren Kurven nach %1 exportiert</translation>
    </message>
    <message>
        <source>Copied the plot image to the clipboard</source>
        <translation>Diagrammbild in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Export Window</source>
        <translation>Fenster exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the window</source>
        <translation>Fenster kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the data</source>
        <translation>Daten können nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>App::MainWindow</name>
    <message numerus="yes">
        <source>%n curve(s)</source>
        <translation>
            <numerusform>%n Kurve</numerusform>
            <numerusform>%n Kurven</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected curve</source>
        <translation>Ausgewählte Kurve</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Copied the %1 code. %2</source>
        <translation>%1-Code kopiert. %2</translation>
    </message>
    <message>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Loaded example “%1”: %2</source>
        <translation>Beispiel „%1“ geladen: %2</translation>
    </message>
    <message>
        <source>Drag to pan · wheel to zoom · Shift+drag zooms to a rectangle · Ctrl+0 resets the view · ←/→ step the crosshair</source>
        <translation>Ziehen verschiebt · Mausrad zoomt · Umschalt+Ziehen zoomt auf ein Rechteck · Strg+0 setzt die Ansicht zurück · ←/→ bewegen das Fadenkreuz</translation>
    </message>
    <message>
        <source>%1: f = %2, f′ = %3</source>
        <translation>%1: f = %2, f′ = %3</translation>
    </message>
    <message>
        <source>x = %1</source>
        <translation>x = %1</translation>
    </message>
    <message>
        <source>About Activation Explorer</source>
        <translation>Über Activation Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Activation Explorer %1&lt;/h3&gt;&lt;p&gt;See how neural-network activation functions and their gradients behave, exactly as Keras 3, tf.keras 2 and PyTorch compute them, kinks and jumps included.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Activation Explorer %1&lt;/h3&gt;&lt;p&gt;Zeigt, wie sich Aktivierungsfunktionen neuronaler Netze und ihre Gradienten verhalten, genau so, wie Keras 3, tf.keras 2 und PyTorch sie berechnen, Knicke und Sprünge eingeschlossen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The settings in %1 could not be read (%2); started from the default view</source>
        <translation>Die Einstellungen in %1 konnten nicht gelesen werden (%2); Start mit der Standardansicht</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Einstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>Compare needs two curves: add another one first</source>
        <translation>Zum Vergleichen braucht es zwei Kurven: zuerst eine weitere hinzufügen</translation>
    </message>
    <message>
        <source>Learning Lab</source>
        <translation>Lernlabor</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Load Numbers</source>
        <translation>Zahlen laden</translation>
    </message>
    <message>
        <source>Numbers (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Zahlen (*.txt *.csv *.tsv *.dat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>loading the example “%1”</source>
        <translation>das Beispiel „%1“ geladen wird</translation>
    </message>
    <message>
        <source>Load Example “%1”</source>
        <translation>Beispiel „%1“ laden</translation>
    </message>
    <message>
        <source>Select a curve first</source>
        <translation>Zuerst eine Kurve auswählen</translation>
    </message>
    <message>
        <source>Reading the Plot</source>
        <translation>Das Diagramm lesen</translation>
    </message>
    <message>
        <source>How to read the plot</source>
        <translation>So liest man das Diagramm</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Top panel&lt;/b&gt;: f(x). &lt;b&gt;Bottom panel&lt;/b&gt;: f′(x), the gradient the framework&apos;s autograd returns, including at kinks (View › Derivative Panel hides it).&lt;/p&gt;&lt;p&gt;&lt;b&gt;● A filled dot&lt;/b&gt; is the value the function takes at a jump: f(x) at that very x.&lt;br&gt;&lt;b&gt;○ An open circle&lt;/b&gt; is a limit the function approaches from one side but does not take there. Keras&apos; ReLU with threshold 1, for example, has f(1) = 0 (filled) and f → 1 just above it (open).&lt;/p&gt;&lt;p&gt;At a &lt;b&gt;kink&lt;/b&gt; the line has a corner and f′ jumps: the dot in the derivative panel shows the one value that framework uses there (ReLU: f′(0) = 0 in all three).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dashed or dotted lines&lt;/b&gt; lie exactly on an earlier curve: the same function, drawn so that both stay visible.&lt;/p&gt;&lt;p&gt;Move the mouse, or use ←/→ on the plot, for exact values in the status bar; the Values panel gives f and f′ at any x in full precision. Help › Framework Documentation opens each framework&apos;s own page for the selected function.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Oberes Diagramm&lt;/b&gt;: f(x). &lt;b&gt;Unteres Diagramm&lt;/b&gt;: f′(x), der Gradient, den das Autograd des Frameworks liefert, auch an Knicken (Ansicht › Ableitungsdiagramm blendet es aus).&lt;/p&gt;&lt;p&gt;&lt;b&gt;● Ein gefüllter Punkt&lt;/b&gt; ist der Wert, den die Funktion an einem Sprung annimmt: f(x) genau an dieser Stelle.&lt;br&gt;&lt;b&gt;○ Ein offener Kreis&lt;/b&gt; ist ein Grenzwert, dem sich die Funktion von einer Seite nähert, den sie dort aber nicht annimmt. Die ReLU von Keras mit threshold 1 hat zum Beispiel f(1) = 0 (gefüllt) und f → 1 knapp darüber (offen).&lt;/p&gt;&lt;p&gt;An einem &lt;b&gt;Knick&lt;/b&gt; hat die Linie eine Ecke und f′ springt: Der Punkt im Ableitungsdiagramm zeigt den einen Wert, den das Framework dort verwendet (ReLU: f′(0) = 0 in allen dreien).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gestrichelte oder gepunktete Linien&lt;/b&gt; liegen genau auf einer früheren Kurve: dieselbe Funktion, so gezeichnet, dass beide sichtbar bleiben.&lt;/p&gt;&lt;p&gt;Die Maus bewegen oder ←/→ im Diagramm drücken zeigt genaue Werte in der Statusleiste; das Werte-Feld gibt f und f′ an jedem x in voller Genauigkeit. Hilfe › Framework-Dokumentation öffnet die Seite jedes Frameworks zur ausgewählten Funktion.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>starting a new session</source>
        <translation>eine neue Sitzung beginnt</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>New session: %1</source>
        <translation>Neue Sitzung: %1</translation>
    </message>
    <message>
        <source>Presentation mode at %1×: F5 ends it, F6 hides the side panels</source>
        <translation>Präsentationsmodus mit %1×: F5 beendet ihn, F6 blendet die Seitenleisten aus</translation>
    </message>
    <message>
        <source>Presentation mode at %1×: the side panels do not fit the screen, F6 shows them; F5 ends it</source>
        <translation>Präsentationsmodus mit %1×: Die Seitenleisten passen nicht auf den Bildschirm, F6 zeigt sie; F5 beendet ihn</translation>
    </message>
    <message>
        <source>Presentation mode ended</source>
        <translation>Präsentationsmodus beendet</translation>
    </message>
</context>
<context>
    <name>App::SessionController</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Activation Explorer</source>
        <translation>Activation Explorer</translation>
    </message>
    <message>
        <source>%1[*] — Activation Explorer</source>
        <translation>%1[*] — Activation Explorer</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Keine zuletzt geöffneten Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Sessions</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Activation Explorer sessions (*.json);;All files (*)</source>
        <translation>Activation-Explorer-Sitzungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>session.json</source>
        <translation>sitzung.json</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Activation Explorer sessions (*.json)</source>
        <translation>Activation-Explorer-Sitzungen (*.json)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The curves have changes that are in no session file.</source>
        <translation>Die Kurven haben Änderungen, die in keiner Sitzungsdatei stehen.</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>„%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them before %1? Discarded changes can still be undone (Ctrl+Z).</source>
        <translation>Speichern, bevor %1? Verworfene Änderungen lassen sich noch rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>quitting</source>
        <translation>das Programm beendet wird</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>opening another session</source>
        <translation>eine andere Sitzung geöffnet wird</translation>
    </message>
</context>
<context>
    <name>App::WindowActions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add Curve</source>
        <translation>Kurve &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a curve (%1)</source>
        <translation>Eine Kurve hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate Curve</source>
        <translation>Kurve &amp;duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected curve (%1)</source>
        <translation>Die ausgewählte Kurve duplizieren (%1)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove Curve</source>
        <translation>Kurve &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected curve (Del in the curve list)</source>
        <translation>Die ausgewählte Kurve entfernen (Entf in der Kurvenliste)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Reset View</source>
        <translation>Ansicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Light Theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Switch between the light and dark themes (%1)</source>
        <translation>Zwischen hellem und dunklem Design wechseln (%1)</translation>
    </message>
    <message>
        <source>Distribution &amp;Lens</source>
        <translation>Verteilungs&amp;lupe</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Lupe</translation>
    </message>
    <message>
        <source>What the curves do to a distribution of inputs, and through many layers (%1)</source>
        <translation>Was die Kurven mit einer Verteilung von Eingaben machen, auch über viele Schichten (%1)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Curves</source>
        <translation>Ausgewählte Kurven &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Are the two selected curves the same function? Ctrl+click a second curve, then %1</source>
        <translation>Sind die beiden ausgewählten Kurven dieselbe Funktion? Eine zweite Kurve mit Strg+Klick wählen, dann %1</translation>
    </message>
    <message>
        <source>Learning La&amp;b</source>
        <translation>Lernla&amp;bor</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Train a small network whose units are the selected curve (%1)</source>
        <translation>Ein kleines Netz trainieren, dessen Einheiten die ausgewählte Kurve sind (%1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Activation Explorer</source>
        <translation>Ü&amp;ber Activation Explorer</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a session file (.json)</source>
        <translation>Eine Sitzungsdatei öffnen (.json)</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the plot as PNG, JPEG, SVG or PDF (%1)</source>
        <translation>Das Diagramm als PNG, JPEG, SVG oder PDF speichern (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Window as PNG…</source>
        <translation>Fe&amp;nster als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Data (CSV, JSON)…</source>
        <translation>&amp;Daten exportieren (CSV, JSON)…</translation>
    </message>
    <message>
        <source>x, f(x) and f′(x) of the visible curves over the domain</source>
        <translation>x, f(x) und f′(x) der sichtbaren Kurven über den Bereich</translation>
    </message>
    <message>
        <source>&amp;Copy Plot Image</source>
        <translation>Diagrammbild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as %1 Code</source>
        <translation>Als %1-Code kopieren</translation>
    </message>
    <message>
        <source>Python that builds the selected curve in %1</source>
        <translation>Python-Code, der die ausgewählte Kurve in %1 erzeugt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Load a built-in example</source>
        <translation>Ein eingebautes Beispiel laden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Reading the Plot</source>
        <translation>Das Diagramm &amp;lesen</translation>
    </message>
    <message>
        <source>What the open and filled dots, the dashes and the panels mean</source>
        <translation>Was die offenen und gefüllten Punkte, die Strichelungen und die Diagramme bedeuten</translation>
    </message>
    <message>
        <source>&amp;Function Panel</source>
        <translation>&amp;Funktionsdiagramm</translation>
    </message>
    <message>
        <source>Show f(x); at least one of the two panels stays</source>
        <translation>f(x) zeigen; mindestens eines der beiden Diagramme bleibt</translation>
    </message>
    <message>
        <source>De&amp;rivative Panel</source>
        <translation>&amp;Ableitungsdiagramm</translation>
    </message>
    <message>
        <source>Show f′(x) under f(x) (%1)</source>
        <translation>f′(x) unter f(x) zeigen (%1)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Large text and thick lines for a lecture hall (%1)</source>
        <translation>Große Schrift und dicke Linien für den Hörsaal (%1)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>&amp;Side Panels</source>
        <translation>&amp;Seitenleisten</translation>
    </message>
    <message>
        <source>Show or hide every panel around the plot (%1)</source>
        <translation>Alle Leisten rund um das Diagramm zeigen oder ausblenden (%1)</translation>
    </message>
    <message>
        <source>Top &amp;Left</source>
        <translation>Oben &amp;links</translation>
    </message>
    <message>
        <source>Top &amp;Right</source>
        <translation>Oben &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Bottom Left</source>
        <translation>&amp;Unten links</translation>
    </message>
    <message>
        <source>Bottom R&amp;ight</source>
        <translation>Unten r&amp;echts</translation>
    </message>
    <message>
        <source>&amp;Hidden</source>
        <translation>&amp;Ausgeblendet</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>Neue Sitzun&amp;g</translation>
    </message>
    <message>
        <source>Start again from the first example, as a new untitled session</source>
        <translation>Neu beginnen mit dem ersten Beispiel, als neue unbenannte Sitzung</translation>
    </message>
    <message>
        <source>Le&amp;gend</source>
        <translation>Le&amp;gende</translation>
    </message>
    <message>
        <source>Presentation Sc&amp;ale</source>
        <translation>Präsentations&amp;maßstab</translation>
    </message>
    <message>
        <source>Examp&amp;les</source>
        <translation>Bei&amp;spiele</translation>
    </message>
    <message>
        <source>Framework &amp;Documentation</source>
        <translation>Framework-&amp;Dokumentation</translation>
    </message>
</context>
<context>
    <name>Model::CurveListModel</name>
    <message>
        <source>%1 (%2)
Double-click the colour to change it, the name to rename.</source>
        <translation>%1 (%2)
Doppelklick auf die Farbe ändert sie, auf den Namen benennt um.</translation>
    </message>
</context>
<context>
    <name>Model::ExplorerDocument</name>
    <message>
        <source>At most %1 curves: remove one first</source>
        <translation>Höchstens %1 Kurven: zuerst eine entfernen</translation>
    </message>
    <message>
        <source>%1 curves at %2 samples would be more than %3 points: lower the samples first</source>
        <translation>%1 Kurven mit %2 Abtastpunkten wären mehr als %3 Punkte: zuerst die Abtastpunkte verringern</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Step the crosshair one sample (ten with Shift)</source>
        <translation>Fadenkreuz um einen Abtastpunkt bewegen (mit Umschalt zehn)</translation>
    </message>
    <message>
        <source>← / → over the plot</source>
        <translation>← / → über dem Diagramm</translation>
    </message>
    <message>
        <source>Crosshair to the first / last sample</source>
        <translation>Fadenkreuz zum ersten / letzten Abtastpunkt</translation>
    </message>
    <message>
        <source>Home / End over the plot</source>
        <translation>Pos1 / Ende über dem Diagramm</translation>
    </message>
    <message>
        <source>Hide the crosshair</source>
        <translation>Fadenkreuz ausblenden</translation>
    </message>
    <message>
        <source>Esc over the plot</source>
        <translation>Esc über dem Diagramm</translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Um den Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>Mausrad</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>Zoom to a rectangle</source>
        <translation>Auf ein Rechteck zoomen</translation>
    </message>
    <message>
        <source>Shift+drag or right-drag</source>
        <translation>Umschalt+Ziehen oder mit rechter Maustaste ziehen</translation>
    </message>
    <message>
        <source>Step a slider or spin box</source>
        <translation>Schieberegler oder Zahlenfeld schrittweise ändern</translation>
    </message>
    <message>
        <source>← / → or ↑ / ↓ (Page Up / Down: ten steps)</source>
        <translation>← / → oder ↑ / ↓ (Bild auf / ab: zehn Schritte)</translation>
    </message>
    <message>
        <source>Rename the selected curve</source>
        <translation>Die ausgewählte Kurve umbenennen</translation>
    </message>
    <message>
        <source>F2 in the curve list</source>
        <translation>F2 in der Kurvenliste</translation>
    </message>
    <message>
        <source>Show or hide the selected curve</source>
        <translation>Die ausgewählte Kurve ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Space in the curve list</source>
        <translation>Leertaste in der Kurvenliste</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>step %1 · loss %2</source>
        <translation>Schritt %1 · Verlust %2</translation>
    </message>
    <message>
        <source> · accuracy %1%</source>
        <translation> · Genauigkeit %1 %</translation>
    </message>
    <message>
        <source> · %1 dead unit(s)</source>
        <translation> · %1 tote Einheit(en)</translation>
    </message>
    <message>
        <source> · α %1</source>
        <translation> · α %1</translation>
    </message>
    <message>
        <source> · α %1 to %2</source>
        <translation> · α %1 bis %2</translation>
    </message>
    <message>
        <source>x₂ (or y)</source>
        <translation>x₂ (oder y)</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>α per unit</source>
        <translation>α je Einheit</translation>
    </message>
    <message>
        <source>dead units</source>
        <translation>tote Einheiten</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <source>α (PReLU only)</source>
        <translation>α (nur PReLU)</translation>
    </message>
</context>
<context>
    <name>Widgets::ActivationPlot</name>
    <message>
        <source>&lt;b&gt;Wheel&lt;/b&gt;: zoom around the cursor (x in both panels, y in this one)&lt;br&gt;&lt;b&gt;Drag&lt;/b&gt;: pan &amp;nbsp;·&amp;nbsp; drag an axis: pan or zoom only that axis&lt;br&gt;&lt;b&gt;Shift+drag&lt;/b&gt; or &lt;b&gt;right-drag&lt;/b&gt;: zoom to a rectangle&lt;br&gt;&lt;b&gt;Ctrl+0&lt;/b&gt; or &lt;b&gt;double-click&lt;/b&gt;: reset the view&lt;br&gt;&lt;b&gt;←/→&lt;/b&gt;: step the crosshair one sample (Shift: ten), &lt;b&gt;Esc&lt;/b&gt;: hide it</source>
        <translation>&lt;b&gt;Mausrad&lt;/b&gt;: um den Mauszeiger zoomen (x in beiden Diagrammen, y in diesem)&lt;br&gt;&lt;b&gt;Ziehen&lt;/b&gt;: verschieben &amp;nbsp;·&amp;nbsp; an einer Achse ziehen: nur diese Achse verschieben oder zoomen&lt;br&gt;&lt;b&gt;Umschalt+Ziehen&lt;/b&gt; oder &lt;b&gt;Rechtsziehen&lt;/b&gt;: auf ein Rechteck zoomen&lt;br&gt;&lt;b&gt;Strg+0&lt;/b&gt; oder &lt;b&gt;Doppelklick&lt;/b&gt;: Ansicht zurücksetzen&lt;br&gt;&lt;b&gt;←/→&lt;/b&gt;: Fadenkreuz um einen Abtastpunkt bewegen (Umschalt: zehn), &lt;b&gt;Esc&lt;/b&gt;: ausblenden</translation>
    </message>
    <message>
        <source>Reset View</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the domain with y fitted to the curves (Ctrl+0)</source>
        <translation>Zurück zum Bereich, y an die Kurven angepasst (Strg+0)</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>f(x) above and f′(x) below for the visible curves; ←/→ step the crosshair, +/− zoom, Ctrl+0 resets the view</source>
        <translation>f(x) oben und f′(x) unten für die sichtbaren Kurven; ←/→ bewegen das Fadenkreuz, +/− zoomen, Strg+0 setzt die Ansicht zurück</translation>
    </message>
</context>
<context>
    <name>Widgets::CodePanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this code to the clipboard</source>
        <translation>Diesen Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Composition of %1 ops: %1 has no layer with these parameters.</source>
        <translation>Zusammengesetzt aus %1-Operationen: %1 hat keine Schicht mit diesen Parametern.</translation>
    </message>
    <message>
        <source>Exactly this layer, every parameter written out.</source>
        <translation>Genau diese Schicht, jeder Parameter ausgeschrieben.</translation>
    </message>
    <message>
        <source>The equivalent %1 call for these values.</source>
        <translation>Der gleichwertige %1-Aufruf für diese Werte.</translation>
    </message>
    <message>
        <source>Select a curve to see the code that builds it.</source>
        <translation>Eine Kurve auswählen, um den Code zu sehen, der sie erzeugt.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Python that builds the selected curve, one tab per framework</source>
        <translation>Python-Code, der die ausgewählte Kurve erzeugt, ein Reiter je Framework</translation>
    </message>
    <message>
        <source>%1 code</source>
        <translation>%1-Code</translation>
    </message>
    <message>
        <source>Python that builds the selected curve</source>
        <translation>Python-Code, der die ausgewählte Kurve erzeugt</translation>
    </message>
</context>
<context>
    <name>Widgets::ComparePanel</name>
    <message>
        <source>Show the &amp;difference plot (f₁ − f₂ and f₁′ − f₂′)</source>
        <translation>&amp;Differenzdiagramm zeigen (f₁ − f₂ und f₁′ − f₂′)</translation>
    </message>
    <message>
        <source>A third plot: where the two curves differ, and by how much</source>
        <translation>Ein drittes Diagramm: wo sich die beiden Kurven unterscheiden und um wie viel</translation>
    </message>
    <message>
        <source>Difference plot</source>
        <translation>Differenzdiagramm</translation>
    </message>
    <message>
        <source>Nothing compared yet. Select two curves in the list (Ctrl+click the second) and choose Compare (Ctrl+K): the answer covers every float of the domain where it can be proved.</source>
        <translation>Noch nichts verglichen. Zwei Kurven in der Liste auswählen (die zweite mit Strg+Klick) und „Vergleichen“ wählen (Strg+K): Die Antwort gilt für jede Gleitkommazahl des Bereichs, wo sie sich beweisen lässt.</translation>
    </message>
    <message>
        <source>Cannot compare over [%1, %2] in %3: %4</source>
        <translation>Vergleich über [%1, %2] in %3 nicht möglich: %4</translation>
    </message>
    <message>
        <source>f₁ = %1
f₂ = %2
%3 over [%4, %5] in %6</source>
        <translation>f₁ = %1
f₂ = %2
%3 über [%4, %5] in %6</translation>
    </message>
    <message>
        <source>The same function</source>
        <translation>Dieselbe Funktion</translation>
    </message>
    <message>
        <source>Not the same function</source>
        <translation>Nicht dieselbe Funktion</translation>
    </message>
</context>
<context>
    <name>Widgets::CurveEditor</name>
    <message>
        <source>Fra&amp;mework</source>
        <translation>Fra&amp;mework</translation>
    </message>
    <message>
        <source>%1: the parameters carry over unchanged</source>
        <translation>%1: Die Parameter werden unverändert übernommen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The activation function of the selected curve</source>
        <translation>Die Aktivierungsfunktion der ausgewählten Kurve</translation>
    </message>
    <message>
        <source>Whose semantics and defaults the curve follows</source>
        <translation>Wessen Semantik und Standardwerten die Kurve folgt</translation>
    </message>
    <message>
        <source>F&amp;unction</source>
        <translation>F&amp;unktion</translation>
    </message>
    <message>
        <source>%1
In %2.</source>
        <translation>%1
In %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
Not in %2; in %3. Choosing it switches the framework.</source>
        <translation>%1
Nicht in %2; in %3. Die Auswahl wechselt das Framework.</translation>
    </message>
</context>
<context>
    <name>Widgets::CurveList</name>
    <message>
        <source>Check a curve to show it; double-click its colour to change it, its name to rename it</source>
        <translation>Eine Kurve abhaken, um sie zu zeigen; Doppelklick auf ihre Farbe ändert sie, auf ihren Namen benennt sie um</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a curve (Ctrl+N)</source>
        <translation>Eine Kurve hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected curve (Ctrl+D)</source>
        <translation>Die ausgewählte Kurve duplizieren (Strg+D)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected curve (Del)</source>
        <translation>Die ausgewählte Kurve entfernen (Entf)</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Choose the selected curve&apos;s colour</source>
        <translation>Die Farbe der ausgewählten Kurve wählen</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>&amp;Automatic</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <source>&amp;Solid</source>
        <translation>&amp;Durchgezogen</translation>
    </message>
    <message>
        <source>&amp;Dashed</source>
        <translation>&amp;Gestrichelt</translation>
    </message>
    <message>
        <source>D&amp;otted</source>
        <translation>Gep&amp;unktet</translation>
    </message>
    <message>
        <source>Dash-do&amp;t</source>
        <translation>S&amp;trich-Punkt</translation>
    </message>
    <message>
        <source>Automatic &amp;width</source>
        <translation>Automatische &amp;Breite</translation>
    </message>
    <message>
        <source>Thin (1 px)</source>
        <translation>Dünn (1 px)</translation>
    </message>
    <message>
        <source>Normal (1.8 px)</source>
        <translation>Normal (1.8 px)</translation>
    </message>
    <message>
        <source>Thick (3 px)</source>
        <translation>Dick (3 px)</translation>
    </message>
    <message>
        <source>Heavy (4.5 px)</source>
        <translation>Sehr dick (4.5 px)</translation>
    </message>
    <message>
        <source>Choose the selected curve&apos;s colour; the arrow: its line style and width (automatic dashes a curve that lies on another)</source>
        <translation>Die Farbe der ausgewählten Kurve wählen; der Pfeil: Linienart und -breite (automatisch strichelt eine Kurve, die auf einer anderen liegt)</translation>
    </message>
</context>
<context>
    <name>Widgets::DepthView</name>
    <message>
        <source>A wide random network, layer by layer. Above: the variance q of the pre-activations. Below: the gradient gain ∏χ through the layers so far, which vanishes below 1 and explodes above.</source>
        <translation>Ein breites Zufallsnetz, Schicht für Schicht. Oben: die Varianz q der Präaktivierungen. Unten: die Gradientenverstärkung ∏χ über die bisherigen Schichten, die unter 1 verschwindet und über 1 explodiert.</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>∏χ</source>
        <translation>∏χ</translation>
    </message>
    <message>
        <source>%1 layers, %2 weights, q₀ = E[x²] = %3</source>
        <translation>%1 Schichten, %2 Gewichte, q₀ = E[x²] = %3</translation>
    </message>
</context>
<context>
    <name>Widgets::DistributionPanel</name>
    <message>
        <source>Show on the plot</source>
        <translation>Im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Shade the input density under f(x) and the zero-gradient regions of the selected curve under f′(x), on screen and in exported figures</source>
        <translation>Die Eingabedichte unter f(x) und die Bereiche mit Gradient null der ausgewählten Kurve unter f′(x) schattieren, auf dem Bildschirm und in exportierten Abbildungen</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>Laplace</source>
        <translation>Laplace</translation>
    </message>
    <message>
        <source>Numbers from a file</source>
        <translation>Zahlen aus einer Datei</translation>
    </message>
    <message>
        <source>The distribution of the inputs x</source>
        <translation>Die Verteilung der Eingaben x</translation>
    </message>
    <message>
        <source>Load numbers…</source>
        <translation>Zahlen laden…</translation>
    </message>
    <message>
        <source>A text file with one number per line, or a CSV file: its first numeric column</source>
        <translation>Eine Textdatei mit einer Zahl je Zeile oder eine CSV-Datei: deren erste numerische Spalte</translation>
    </message>
    <message>
        <source>Layers of the wide random network the Depth view follows</source>
        <translation>Schichten des breiten Zufallsnetzes, dem die Tiefenansicht folgt</translation>
    </message>
    <message>
        <source>He / Kaiming (σw² = 2)</source>
        <translation>He / Kaiming (σw² = 2)</translation>
    </message>
    <message>
        <source>LeCun (σw² = 1)</source>
        <translation>LeCun (σw² = 1)</translation>
    </message>
    <message>
        <source>Glorot, equal fans (σw² = 1)</source>
        <translation>Glorot, gleiche Fan-in/Fan-out (σw² = 1)</translation>
    </message>
    <message>
        <source>PyTorch nn.Linear default (σw² = 1/3)</source>
        <translation>PyTorch nn.Linear, Standard (σw² = 1/3)</translation>
    </message>
    <message>
        <source>Keras Dense default (σw² = 1)</source>
        <translation>Keras Dense, Standard (σw² = 1)</translation>
    </message>
    <message>
        <source>Custom σw, σb</source>
        <translation>Eigene σw, σb</translation>
    </message>
    <message>
        <source>How the weights are initialised: their variance times the fan-in</source>
        <translation>Wie die Gewichte initialisiert werden: ihre Varianz mal Fan-in</translation>
    </message>
    <message>
        <source>σw: the weights&apos; standard deviation times √fan-in</source>
        <translation>σw: die Standardabweichung der Gewichte mal √Fan-in</translation>
    </message>
    <message>
        <source>σb: the biases&apos; standard deviation</source>
        <translation>σb: die Standardabweichung der Biases</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>&lt;b&gt;Depth view&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tiefenansicht&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>σw</source>
        <translation>σw</translation>
    </message>
    <message>
        <source>σb</source>
        <translation>σb</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s)</source>
        <translation>
            <numerusform>%1: %n Zahl</numerusform>
            <numerusform>%1: %n Zahlen</numerusform>
        </translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>%1 distribution</source>
        <translation>%1-Verteilung</translation>
    </message>
    <message>
        <source>%1 numbers; accepted: at most %2</source>
        <translation>%1 Zahlen; zulässig: höchstens %2</translation>
    </message>
</context>
<context>
    <name>Widgets::DocumentHistory</name>
    <message>
        <source>Change Function of %1</source>
        <translation>Funktion von %1 ändern</translation>
    </message>
    <message>
        <source>Change Framework of %1</source>
        <translation>Framework von %1 ändern</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Change Line of %1</source>
        <translation>Linie von %1 ändern</translation>
    </message>
    <message>
        <source>Change Colour of %1</source>
        <translation>Farbe von %1 ändern</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <source>Add Curve</source>
        <translation>Kurve hinzufügen</translation>
    </message>
    <message>
        <source>Add Curves</source>
        <translation>Kurven hinzufügen</translation>
    </message>
    <message>
        <source>Remove Curve</source>
        <translation>Kurve entfernen</translation>
    </message>
    <message>
        <source>Remove Curves</source>
        <translation>Kurven entfernen</translation>
    </message>
    <message>
        <source>Change Domain</source>
        <translation>Bereich ändern</translation>
    </message>
    <message>
        <source>Change Dtype</source>
        <translation>Dtype ändern</translation>
    </message>
    <message>
        <source>Compare Curves</source>
        <translation>Kurven vergleichen</translation>
    </message>
    <message>
        <source>Change Distribution Lens</source>
        <translation>Verteilungslupe ändern</translation>
    </message>
    <message>
        <source>Change Learning Lab</source>
        <translation>Lernlabor ändern</translation>
    </message>
    <message>
        <source>Change Theme</source>
        <translation>Design ändern</translation>
    </message>
    <message>
        <source>Change Panels</source>
        <translation>Diagramme ändern</translation>
    </message>
    <message>
        <source>Hide Legend</source>
        <translation>Legende ausblenden</translation>
    </message>
    <message>
        <source>Move Legend</source>
        <translation>Legende verschieben</translation>
    </message>
    <message>
        <source>Edit Values Input</source>
        <translation>Werte-Eingabe bearbeiten</translation>
    </message>
    <message>
        <source>Zoom or Pan</source>
        <translation>Zoomen oder Verschieben</translation>
    </message>
    <message>
        <source>Replace the Curves</source>
        <translation>Kurven ersetzen</translation>
    </message>
</context>
<context>
    <name>Widgets::DomainEditor</name>
    <message>
        <source>Left end of the sampled domain</source>
        <translation>Linkes Ende des abgetasteten Bereichs</translation>
    </message>
    <message>
        <source>Right end of the sampled domain</source>
        <translation>Rechtes Ende des abgetasteten Bereichs</translation>
    </message>
    <message>
        <source>Number of evenly spaced samples (numpy.linspace); the breakpoints are added exactly</source>
        <translation>Anzahl gleichmäßig verteilter Abtastpunkte (numpy.linspace); die Knickstellen kommen exakt hinzu</translation>
    </message>
    <message>
        <source>The tensor precision the framework computes in</source>
        <translation>Die Tensor-Genauigkeit, in der das Framework rechnet</translation>
    </message>
    <message>
        <source>x from</source>
        <translation>x von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Abtastpunkte</translation>
    </message>
    <message>
        <source>dtype</source>
        <translation>dtype</translation>
    </message>
</context>
<context>
    <name>Widgets::ExportDialog</name>
    <message>
        <source>JPEG image (*.jpg *.jpeg)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation>SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export Figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source> px wide</source>
        <translation> px breit</translation>
    </message>
    <message>
        <source> px high</source>
        <translation> px hoch</translation>
    </message>
    <message>
        <source>Use plot size</source>
        <translation>Diagrammgröße übernehmen</translation>
    </message>
    <message>
        <source>The size the plot has on screen: the figure looks exactly like it</source>
        <translation>Die Größe des Diagramms auf dem Bildschirm: Die Abbildung sieht genau so aus</translation>
    </message>
    <message>
        <source>Pixels per logical pixel: 2 doubles the resolution of a PNG or JPEG without changing its layout (96 dpi × scale)</source>
        <translation>Pixel je logischem Pixel: 2 verdoppelt die Auflösung eines PNG oder JPEG, ohne das Layout zu ändern (96 dpi × Skalierung)</translation>
    </message>
    <message>
        <source>Both: f(x) above f′(x)</source>
        <translation>Beide: f(x) über f′(x)</translation>
    </message>
    <message>
        <source>f(x) only</source>
        <translation>nur f(x)</translation>
    </message>
    <message>
        <source>f′(x) only</source>
        <translation>nur f′(x)</translation>
    </message>
    <message>
        <source>The curves</source>
        <translation>Die Kurven</translation>
    </message>
    <message>
        <source>The learning lab (step %1)</source>
        <translation>Das Lernlabor (Schritt %1)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Dra&amp;w:</source>
        <translation>In&amp;halt:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>&amp;Panels:</source>
        <translation>D&amp;iagramme:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>D&amp;esign:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>%1 × %2: the size the plot has on screen, so the figure looks exactly like it</source>
        <translation>%1 × %2: die Größe des Diagramms auf dem Bildschirm, damit die Abbildung genau so aussieht</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Eine Datei für den Export wählen.</translation>
    </message>
    <message>
        <source>unknown file type; accepted: a file name ending in .png, .jpg, .jpeg, .svg or .pdf</source>
        <translation>unbekannter Dateityp; zulässig: ein Dateiname mit der Endung .png, .jpg, .jpeg, .svg oder .pdf</translation>
    </message>
    <message>
        <source>vector page %1 × %2 in (%3 × %4 mm); scale does not apply</source>
        <translation>Vektorseite %1 × %2 Zoll (%3 × %4 mm); die Skalierung gilt nicht</translation>
    </message>
    <message>
        <source>= %1 × %2 pixels at %3 dpi</source>
        <translation>= %1 × %2 Pixel bei %3 dpi</translation>
    </message>
    <message>
        <source>The file to write; its ending chooses the format</source>
        <translation>Die zu schreibende Datei; ihre Endung bestimmt das Format</translation>
    </message>
    <message>
        <source>Choose the file in a file dialog</source>
        <translation>Die Datei in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>PNG and JPEG are pictures; SVG and PDF are vector drawings that stay sharp at any size</source>
        <translation>PNG und JPEG sind Bilder; SVG und PDF sind Vektorgrafiken, die in jeder Größe scharf bleiben</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>The figure&apos;s width in logical pixels</source>
        <translation>Die Breite der Abbildung in logischen Pixeln</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>The figure&apos;s height in logical pixels</source>
        <translation>Die Höhe der Abbildung in logischen Pixeln</translation>
    </message>
    <message>
        <source>Which of the two plots the figure draws</source>
        <translation>Welche der beiden Diagramme die Abbildung zeichnet</translation>
    </message>
    <message>
        <source>What the figure draws: the curves, or the learning lab&apos;s plots</source>
        <translation>Was die Abbildung zeichnet: die Kurven oder die Diagramme des Lernlabors</translation>
    </message>
    <message>
        <source>The figure&apos;s colours, whatever the window&apos;s theme</source>
        <translation>Die Farben der Abbildung, unabhängig vom Design des Fensters</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>As on screen</source>
        <translation>Wie am Bildschirm</translation>
    </message>
    <message>
        <source>The size of every text in the figure: ticks, axis labels and legend</source>
        <translation>Die Größe aller Texte der Abbildung: Skalenbeschriftung, Achsentitel und Legende</translation>
    </message>
    <message>
        <source>Te&amp;xt size:</source>
        <translation>Te&amp;xtgröße:</translation>
    </message>
</context>
<context>
    <name>Widgets::FormulaPanel</name>
    <message>
        <source>Select a curve to see its formula.</source>
        <translation>Eine Kurve auswählen, um ihre Formel zu sehen.</translation>
    </message>
    <message>
        <source>The %1 layer rejects these values; the curves show what the function form computes:</source>
        <translation>Die Schicht %1 lehnt diese Werte ab; die Kurven zeigen, was die Funktionsform berechnet:</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Derivative</source>
        <translation>Ableitung</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>below by %1; unbounded above</source>
        <translation>nach unten durch %1; nach oben unbeschränkt</translation>
    </message>
    <message>
        <source>above by %1; unbounded below</source>
        <translation>nach oben durch %1; nach unten unbeschränkt</translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation>unbeschränkt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Bounded</source>
        <translation>Beschränkt</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Stetig</translation>
    </message>
    <message>
        <source>Differentiable</source>
        <translation>Differenzierbar</translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation>Monoton</translation>
    </message>
    <message>
        <source>Zero gradient</source>
        <translation>Gradient null</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>Hinweise zu %1</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>sonst</translation>
    </message>
    <message>
        <source>if</source>
        <translation>falls</translation>
    </message>
    <message>
        <source>non-decreasing</source>
        <translation>wachsend</translation>
    </message>
    <message>
        <source>non-increasing</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>not monotonic</source>
        <translation>nicht monoton</translation>
    </message>
    <message>
        <source> — jumps at </source>
        <translation> — Sprünge bei </translation>
    </message>
    <message>
        <source> — not at </source>
        <translation> — nicht bei </translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>The selected curve&apos;s definition, derivative and properties</source>
        <translation>Definition, Ableitung und Eigenschaften der ausgewählten Kurve</translation>
    </message>
</context>
<context>
    <name>Widgets::FrameworksView</name>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>The selected function in every framework; rows marked ≠ differ</source>
        <translation>Die ausgewählte Funktion in jedem Framework; mit ≠ markierte Zeilen unterscheiden sich</translation>
    </message>
    <message>
        <source>&amp;Add the Other Frameworks&apos; Curves</source>
        <translation>Kurven der anderen Frameworks &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Adds this function in every other framework, at its defaults, to the plot</source>
        <translation>Fügt diese Funktion in jedem anderen Framework mit dessen Standardwerten dem Diagramm hinzu</translation>
    </message>
    <message>
        <source>Select a curve to see its function in every framework.</source>
        <translation>Eine Kurve auswählen, um ihre Funktion in jedem Framework zu sehen.</translation>
    </message>
    <message>
        <source>%1 exists in one framework only</source>
        <translation>%1 gibt es nur in einem Framework</translation>
    </message>
    <message>
        <source>%1 in %2 frameworks</source>
        <translation>%1 in %2 Frameworks</translation>
    </message>
    <message>
        <source>%1, each at its defaults, in %2: %3 of %4 rows differ (≠).</source>
        <translation>%1, jeweils mit Standardwerten, in %2: %3 von %4 Zeilen unterscheiden sich (≠).</translation>
    </message>
</context>
<context>
    <name>Widgets::LearningLab</name>
    <message>
        <source>XOR</source>
        <translation>XOR</translation>
    </message>
    <message>
        <source>Circles</source>
        <translation>Kreise</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <source>Regression (sin x)</source>
        <translation>Regression (sin x)</translation>
    </message>
    <message>
        <source>Teacher PReLU</source>
        <translation>Lehrer-PReLU</translation>
    </message>
    <message>
        <source>The data the network learns</source>
        <translation>Die Daten, die das Netz lernt</translation>
    </message>
    <message>
        <source>The teacher PReLU&apos;s slope</source>
        <translation>Die Steigung des Lehrer-PReLU</translation>
    </message>
    <message>
        <source>Units per hidden layer: one or two layers of 1 to 64, e.g. 16 or 16,16; 0 for the unit alone on a 1-D task</source>
        <translation>Einheiten je verborgener Schicht: eine oder zwei Schichten mit 1 bis 64, z. B. 16 oder 16,16; 0 für die Einheit allein bei einer 1-D-Aufgabe</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD, momentum 0.9</source>
        <translation>SGD, Momentum 0.9</translation>
    </message>
    <message>
        <source>The optimiser</source>
        <translation>Der Optimierer</translation>
    </message>
    <message>
        <source>The learning rate</source>
        <translation>Die Lernrate</translation>
    </message>
    <message>
        <source>Points per step</source>
        <translation>Punkte je Schritt</translation>
    </message>
    <message>
        <source>The data, the weights and the batches: the same seed, the same run</source>
        <translation>Die Daten, die Gewichte und die Batches: derselbe Seed, derselbe Lauf</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Train continuously, or pause</source>
        <translation>Fortlaufend trainieren oder pausieren</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Sch&amp;ritt</translation>
    </message>
    <message>
        <source>One optimiser step</source>
        <translation>Ein Optimiererschritt</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>A fresh network with the same seed</source>
        <translation>Ein neues Netz mit demselben Seed</translation>
    </message>
    <message>
        <source>&amp;Compare Runs</source>
        <translation>&amp;Läufe vergleichen</translation>
    </message>
    <message>
        <source>Train every visible curve on this task and seed, and overlay their losses</source>
        <translation>Jede sichtbare Kurve mit dieser Aufgabe und diesem Seed trainieren und ihre Verluste überlagern</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>&amp;Optimiser</source>
        <translation>&amp;Optimierer</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>Learning lab plots</source>
        <translation>Diagramme des Lernlabors</translation>
    </message>
    <message>
        <source>Select a curve: its function is the hidden units.</source>
        <translation>Eine Kurve auswählen: Ihre Funktion bilden die verborgenen Einheiten.</translation>
    </message>
    <message>
        <source>%1 on %2 · %3</source>
        <translation>%1 auf %2 · %3</translation>
    </message>
    <message>
        <source>no curve</source>
        <translation>keine Kurve</translation>
    </message>
    <message>
        <source>step 0</source>
        <translation>Schritt 0</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Step 0: press Play (or Step) to train.</source>
        <translation>Schritt 0: Start (oder Schritt) drücken, um zu trainieren.</translation>
    </message>
    <message>
        <source>Tas&amp;k</source>
        <translation>Auf&amp;gabe</translation>
    </message>
    <message>
        <source>Hidde&amp;n units</source>
        <translation>Verborgene Einheite&amp;n</translation>
    </message>
</context>
<context>
    <name>Widgets::ParameterEditor</name>
    <message>
        <source>default None</source>
        <translation>Standard None</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>Reset %1 to the framework default</source>
        <translation>%1 auf den Standardwert des Frameworks zurücksetzen</translation>
    </message>
    <message>
        <source>Reset %1 to a suggested value</source>
        <translation>%1 auf einen vorgeschlagenen Wert zurücksetzen</translation>
    </message>
    <message>
        <source>The keyword in %1</source>
        <translation>Das Schlüsselwort in %1</translation>
    </message>
    <message>
        <source>None (unbounded)</source>
        <translation>None (unbeschränkt)</translation>
    </message>
    <message>
        <source>%1=None: no limit</source>
        <translation>%1=None: keine Grenze</translation>
    </message>
    <message>
        <source>%1 accepts %2 = %3</source>
        <translation>%1 akzeptiert %2 = %3</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Widgets::ParameterPanel</name>
    <message>
        <source>%1 has no parameters in %2.</source>
        <translation>%1 hat in %2 keine Parameter.</translation>
    </message>
</context>
<context>
    <name>Widgets::PlotScene</name>
    <message>
        <source>input density: %1</source>
        <translation>Eingabedichte: %1</translation>
    </message>
    <message>
        <source>f′ = 0: %1</source>
        <translation>f′ = 0: %1</translation>
    </message>
</context>
<context>
    <name>Widgets::StatisticsTable</name>
    <message>
        <source>curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>Stücke</translation>
    </message>
    <message>
        <source>E[f]</source>
        <translation>E[f]</translation>
    </message>
    <message>
        <source>Var[f]</source>
        <translation>Var[f]</translation>
    </message>
    <message>
        <source>E[f²]</source>
        <translation>E[f²]</translation>
    </message>
    <message>
        <source>E[f′]</source>
        <translation>E[f′]</translation>
    </message>
    <message>
        <source>E[f′²]</source>
        <translation>E[f′²]</translation>
    </message>
    <message>
        <source>gain</source>
        <translation>Verstärkung</translation>
    </message>
    <message>
        <source>PyTorch gain</source>
        <translation>PyTorch-Verstärkung</translation>
    </message>
    <message>
        <source>The curve</source>
        <translation>Die Kurve</translation>
    </message>
    <message>
        <source>P(f′(x) = 0): the share of inputs whose gradient is exactly zero</source>
        <translation>P(f′(x) = 0): der Anteil der Eingaben, deren Gradient genau null ist</translation>
    </message>
    <message>
        <source>The share of inputs in each piece between the function&apos;s breakpoints</source>
        <translation>Der Anteil der Eingaben in jedem Stück zwischen den Knickstellen der Funktion</translation>
    </message>
    <message>
        <source>Mean of f(x)</source>
        <translation>Mittelwert von f(x)</translation>
    </message>
    <message>
        <source>Variance of f(x)</source>
        <translation>Varianz von f(x)</translation>
    </message>
    <message>
        <source>Second moment of f(x)</source>
        <translation>Zweites Moment von f(x)</translation>
    </message>
    <message>
        <source>Mean of the gradient f′(x)</source>
        <translation>Mittelwert des Gradienten f′(x)</translation>
    </message>
    <message>
        <source>Second moment of the gradient: what backpropagation multiplies by</source>
        <translation>Zweites Moment des Gradienten: womit die Backpropagation multipliziert</translation>
    </message>
    <message>
        <source>Measured gain √(E[x²] / E[f(x)²]): the weight scale that keeps the variance through a layer</source>
        <translation>Gemessene Verstärkung √(E[x²] / E[f(x)²]): die Gewichtsskala, die die Varianz über eine Schicht erhält</translation>
    </message>
    <message>
        <source>torch.nn.init.calculate_gain for this function, where PyTorch has one</source>
        <translation>torch.nn.init.calculate_gain für diese Funktion, sofern PyTorch einen Wert hat</translation>
    </message>
    <message>
        <source>Inputs x ~ %1, in %2</source>
        <translation>Eingaben x ~ %1, in %2</translation>
    </message>
    <message>
        <source>%1 &lt; x &lt; %2: %3</source>
        <translation>%1 &lt; x &lt; %2: %3</translation>
    </message>
    <message>
        <source>one piece</source>
        <translation>ein Stück</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>torch.nn.init.calculate_gain has no entry for this function</source>
        <translation>torch.nn.init.calculate_gain hat für diese Funktion keinen Eintrag</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Each visible curve&apos;s statistics over the input distribution</source>
        <translation>Die Statistik jeder sichtbaren Kurve über die Eingabeverteilung</translation>
    </message>
</context>
<context>
    <name>Widgets::ValuesTable</name>
    <message>
        <source>&amp;x =</source>
        <translation>&amp;x =</translation>
    </message>
    <message>
        <source>-5, -2, 0, 3</source>
        <translation>-5, -2, 0, 3</translation>
    </message>
    <message>
        <source>Comma-separated numbers; nan, inf, -inf and -0 are accepted</source>
        <translation>Durch Kommas getrennte Zahlen; nan, inf, -inf und -0 sind zulässig</translation>
    </message>
    <message>
        <source>Copy CSV</source>
        <translation>CSV kopieren</translation>
    </message>
    <message>
        <source>Copy the table as the command line&apos;s CSV</source>
        <translation>Die Tabelle als CSV der Kommandozeile kopieren</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>The selected curve&apos;s f(x) and f′(x) at the numbers above</source>
        <translation>f(x) und f′(x) der ausgewählten Kurve an den Zahlen oben</translation>
    </message>
</context>
</TS>
