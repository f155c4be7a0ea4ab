package se.debattsok.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels as the records and the Riksdag's data write them, one in and the parts out. */
class SpeakerLabelTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Anf. 1 Klimat- och miljöminister ANNIKA STRANDHÄLL (S): | Klimat- och miljöminister | Annika Strandhäll | S | false
      Anf. 2 ANDERS ÅKESSON (C):                               | -                         | Anders Åkesson    | C | false
      Anf. 21 Statsrådet KHASHAYAR FARMANBAR (S):              | Statsrådet                | Khashayar Farmanbar | S | false
      Anf. 12 ULLA-BRITT HAGSTRÖM (M):                         | -                         | Ulla-Britt Hagström | M | false
      Anf. 5 TALMANNEN:                                        | TALMANNEN                 | -                 | - | true
      Anf. 31 Andre vice talmannen:                            | Andre vice talmannen      | -                 | - | true
      Herr HENMARK (fp):                                       | Herr                      | Henmark           | fp | false
      Herr NILSSON i Kalmar (s):                               | Herr                      | Nilsson i Kalmar  | s | false
      Herr Spångberg:                                          | Herr                      | Spångberg         | - | false
      Ang. ändring Herr Laurin:                                | Herr                      | Laurin            | - | false
      Herr talmannen:                                          | Herr talmannen            | -                 | - | true
      Herr statsrådet LINDSKOG:                                | Herr statsrådet           | Lindskog          | - | false
      Kultur- och demokratiministern Amanda Lind               | Kultur- och demokratiministern | Amanda Lind  | - | false
      Kulturministern Amanda Lind                              | Kulturministern           | Amanda Lind       | - | false
      Statsrådet Ardalan Shekarabi (S)                         | Statsrådet                | Ardalan Shekarabi | S | false
      Ministern för EU-frågor Hans Dahlgren (S)                | Ministern för EU-frågor   | Hans Dahlgren     | S | false
      Justitie- och migrationsminister Morgan Johansson (S)   | Justitie- och migrationsminister | Morgan Johansson | S | false
      Förste vice talmannen                                    | Förste vice talmannen     | -                 | - | true
      Anders Åkesson (C)                                       | -                         | Anders Åkesson    | C | false
      Lena Hjelm-Wallén (S)                                    | -                         | Lena Hjelm-Wallén | S | false
      Borgarrådet Emilia Bjuggren (S)                          | Borgarrådet               | Emilia Bjuggren   | S | false
      Carl von Mühlenfels                                      | -                         | Carl von Mühlenfels | - | false
      Ålderspresidenten                                        | Ålderspresidenten         | -                 | - | true
      Herr von Geijer:                                         | Herr                      | von Geijer        | - | false
      Hr Lindskog:                                             | Hr                        | Lindskog          | - | false
      Herr friherre De Geer:                                   | Herr friherre             | De Geer           | - | false
      Herr A. Hedin:                                           | Herr                      | A. Hedin          | - | false
      Chefen för finansdepartementet herr statsrådet Wigforss: | Chefen för finansdepartementet herr statsrådet | Wigforss | - | false
      Statsrådet fru LINDH (s):                                | Statsrådet fru            | Lindh             | s | false
      La senyora Inés Arrimadas García                         | La senyora                | Inés Arrimadas García | - | false
      """)
  void officesStayOutOfTheName(String label, String office, String name, String party, boolean chair) {
    SpeakerLabel parsed = SpeakerLabel.parse(label);
    assertEquals(new SpeakerLabel(office, name, party, chair), parsed, label);
  }
}
