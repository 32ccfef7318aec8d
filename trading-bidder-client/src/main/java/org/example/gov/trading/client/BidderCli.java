package org.example.gov.trading.client;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference bidder client's command line, a thin layer over the library. Exit status: 0 done, 1 refused or failed
 * (a Problem Details answer, a receipt that does not verify, a bid that does not open), 2 wrong usage.
 * The token comes from --token or, to keep it out of shell history, from the environment variable GOV_TOKEN.
 */
public final class BidderCli {

    static final String USAGE = """
            usage: java -cp <classpath> org.example.gov.trading.client.BidderCli <command> [--option value ...]
              keygen          --out DIR [--password-file FILE]
              seal            --lot ID --bidder ID --price-schedule FILE.csv|FILE.json --document FILE
                              --public-key PEM (public key or certificate) --out BID.json [--total AMOUNT] [--document-name NAME]
              submit          --gateway URL [--token JWT] --lot ID --bid BID.json --out RECEIPT.json
              verify-receipt  --receipt RECEIPT.json --bid BID.json (--gateway URL | --receipt-keys KEYS.json) [--lot ID]
              unlock          --bid BID.json --private-key KEY.pem [--password-file FILE]
              decrypt         --bid BID.json --private-key KEY.pem --lot ID [--out-document FILE] [--password-file FILE]
              decrypt-online  --gateway URL [--token JWT] --lot ID --private-key KEY.pem [--bid BID.json] [--password-file FILE]
              withdraw        --gateway URL [--token JWT] --lot ID
              mine            --gateway URL [--token JWT] --lot ID
            The token: --token or the environment variable GOV_TOKEN. A password-protected private key: its password
            from --password-file (first line), the environment variable GOV_KEY_PASSWORD, or typed at the prompt.
            """;

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "keygen", Set.of("out", "password-file"),
            "seal", Set.of("lot", "bidder", "price-schedule", "document", "document-name", "public-key", "out", "total"),
            "submit", Set.of("gateway", "token", "lot", "bid", "out"),
            "verify-receipt", Set.of("receipt", "bid", "gateway", "token", "receipt-keys", "lot"),
            "unlock", Set.of("bid", "private-key", "password-file"),
            "decrypt", Set.of("bid", "private-key", "lot", "out-document", "password-file"),
            "decrypt-online", Set.of("gateway", "token", "lot", "private-key", "bid", "password-file"),
            "withdraw", Set.of("gateway", "token", "lot"),
            "mine", Set.of("gateway", "token", "lot"));

    /** Checked before the command does anything, so a missing option never leaves half the work done. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "keygen", List.of("out"),
            "seal", List.of("lot", "bidder", "price-schedule", "document", "public-key", "out"),
            "submit", List.of("gateway", "lot", "bid", "out"),
            "verify-receipt", List.of("receipt", "bid"),
            "unlock", List.of("bid", "private-key"),
            "decrypt", List.of("bid", "private-key", "lot"),
            "decrypt-online", List.of("gateway", "lot", "private-key"),
            "withdraw", List.of("gateway", "lot"),
            "mine", List.of("gateway", "lot"));

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    BidderCli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public static void main(String[] args) {
        System.exit(new BidderCli(System.out, System.err, System.getenv()).run(args));
    }

    /** Runs one command; returns the exit status. */
    int run(String[] args) {
        if (args.length == 0 || !OPTIONS.containsKey(args[0])) {
            err.print(USAGE);
            return 2;
        }
        Map<String, String> options;
        try {
            options = parse(args, OPTIONS.get(args[0]));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
        var o = new Options(args[0], options);
        try {
            REQUIRED.get(args[0]).forEach(o::required);
            if (args[0].equals("verify-receipt") && o.optional("gateway") == null && o.optional("receipt-keys") == null) {
                throw new MissingOption("verify-receipt: --gateway or --receipt-keys is required");
            }
            return switch (args[0]) {
                case "keygen" -> keygen(o);
                case "seal" -> seal(o);
                case "submit" -> submit(o);
                case "verify-receipt" -> verifyReceipt(o);
                case "unlock" -> unlock(o);
                case "decrypt" -> decrypt(o);
                case "decrypt-online" -> decryptOnline(o);
                case "withdraw" -> withdraw(o);
                case "mine" -> mine(o);
                default -> throw new IllegalStateException(args[0]);
            };
        } catch (MissingOption e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (GatewayProblem e) {
            err.println("refused: " + e.getMessage());
            return 1;
        } catch (DecryptionFailure e) {
            err.println("decryption failed: " + e.reason() + " - " + e.getMessage());
            return 1;
        } catch (InvalidReceipt e) {
            err.println("receipt NOT valid: " + e.reason() + " - " + e.getMessage());
            return 1;
        } catch (InvalidBidDocument e) {
            err.println("bid document refused: " + e.rule() + " - " + e.getMessage());
            return 1;
        } catch (EnvelopeRejected e) {
            err.println("not a sealed bid: " + e.reason() + " - " + e.getMessage());
            return 1;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("error: no such file " + e.getMessage());
            return 1;
        } catch (java.net.ConnectException e) {
            err.println("error: cannot reach the gateway " + o.optional("gateway"));
            return 1;
        } catch (IOException e) {
            // a connection refused has no message of its own: the type says what happened
            err.println("error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("interrupted");
            return 1;
        }
    }

    private int keygen(Options o) throws IOException {
        var dir = Path.of(o.required("out"));
        var password = password(o, false);
        BidderKeys.write(BidderKeys.generate(), dir, password);
        out.println("private key: " + dir.resolve(BidderKeys.PRIVATE_KEY_FILE) + (password == null ? "" : " (password-protected)")
                + " (keep it; it alone opens your bids)");
        out.println("public key:  " + dir.resolve(BidderKeys.PUBLIC_KEY_FILE));
        return 0;
    }

    private int seal(Options o) throws IOException {
        var documentFile = Path.of(o.required("document"));
        var price = BidDocument.Price.ofSchedule(PriceScheduleFile.read(Path.of(o.required("price-schedule"))));
        if (o.optional("total") != null) {
            // the total the bidder means must be the schedule's sum: the document carries what the bidder typed
            price = new BidDocument.Price(price.currency(), new BigDecimal(o.optional("total")), price.schedule());
        }
        var name = o.optional("document-name") != null ? o.optional("document-name") : documentFile.getFileName().toString();
        var document = new BidDocument(o.required("lot"), o.required("bidder"), price, name, Files.readAllBytes(documentFile));
        var sealed = BidSealer.seal(document, BidderKeys.readPublicKey(Path.of(o.required("public-key"))));
        var target = Path.of(o.required("out"));
        Files.write(target, sealed.toJson());
        out.println("sealed bid: " + target);
        out.println("ciphertext SM3: " + sealed.ciphertextSm3());
        return 0;
    }

    private int submit(Options o) throws IOException, InterruptedException {
        var lot = o.required("lot");
        var sealed = readBid(o);
        var receipt = gateway(o).submit(lot, sealed);
        Files.write(Path.of(o.required("out")), receipt.toJson());
        out.println("bid " + receipt.bidId() + " received at " + receipt.receivedAt());
        if (!receipt.ciphertextSm3().equals(sealed.ciphertextSm3()) || !receipt.lotId().equals(lot)) {
            err.println("WARNING: the receipt is not for this bid and lot; keep it and contact the trading centre");
            return 1;
        }
        out.println("receipt: " + o.required("out") + " (check its signature with verify-receipt)");
        return 0;
    }

    private int verifyReceipt(Options o) throws IOException, InterruptedException {
        var receipt = Receipt.fromJson(Files.readAllBytes(Path.of(o.required("receipt"))));
        var keys = o.optional("receipt-keys") != null
                ? ReceiptKey.fromJson(Files.readAllBytes(Path.of(o.optional("receipt-keys"))))
                : gateway(o).receiptKeys();
        var verifier = new ReceiptVerifier(keys);
        if (o.optional("lot") != null) {
            verifier.verify(receipt, readBid(o), o.optional("lot"));
        } else {
            verifier.verify(receipt, readBid(o));
        }
        out.println("receipt valid: bid " + receipt.bidId() + ", lot " + receipt.lotId() + ", received "
                + receipt.receivedAt() + ", signed by " + receipt.keyId());
        return 0;
    }

    private int unlock(Options o) throws IOException, DecryptionFailure {
        var key = BidUnlocker.unwrapKey(readBid(o), privateKey(o));
        out.println(Base64.getEncoder().encodeToString(key));
        return 0;
    }

    private int decrypt(Options o) throws IOException, DecryptionFailure {
        var sealed = readBid(o);
        var key = BidUnlocker.unwrapKey(sealed, privateKey(o));
        var document = BidOpening.decrypt(sealed, key, o.required("lot"));
        out.println("lot: " + document.lotId());
        out.println("bidder: " + document.bidder());
        out.println("total: " + document.price().total().toPlainString() + " " + document.price().currency());
        for (var item : document.price().schedule()) {
            out.println("  " + item.item() + ": " + item.amount().toPlainString());
        }
        out.println("document: " + document.documentName() + " (" + document.document().length + " bytes, SM3 "
                + Sm3.hex(document.document()) + ")");
        if (o.optional("out-document") != null) {
            Files.write(Path.of(o.optional("out-document")), document.document());
        }
        return 0;
    }

    private int decryptOnline(Options o) throws IOException, InterruptedException, DecryptionFailure {
        var lot = o.required("lot");
        var privateKey = privateKey(o);
        var gateway = gateway(o);
        // without --bid the stored envelope is fetched, so a bidder can open from any machine holding the key
        var sealed = o.optional("bid") != null ? readBid(o) : gateway.myEnvelope(lot);
        var result = gateway.submitKey(lot, BidUnlocker.unwrapKey(sealed, privateKey));
        out.println("decryption: " + result.result() + (result.reason() == null ? "" : " (" + result.reason() + ")"));
        return result.decrypted() ? 0 : 1;
    }

    private int withdraw(Options o) throws IOException, InterruptedException {
        gateway(o).withdraw(o.required("lot"));
        out.println("bid withdrawn from lot " + o.required("lot"));
        return 0;
    }

    private int mine(Options o) throws IOException, InterruptedException {
        var mine = gateway(o).mine(o.required("lot"));
        var receipt = mine.receipt();
        out.println("bid " + mine.bidId() + ", received " + receipt.receivedAt() + ", ciphertext SM3 " + receipt.ciphertextSm3());
        return 0;
    }

    private java.security.PrivateKey privateKey(Options o) throws IOException {
        var pem = Files.readString(Path.of(o.required("private-key")), java.nio.charset.StandardCharsets.US_ASCII);
        return BidderKeys.isEncrypted(pem) ? BidderKeys.readPrivateKey(pem, password(o, true)) : BidderKeys.readPrivateKey(pem);
    }

    /** The key password: --password-file, GOV_KEY_PASSWORD, or (when asked for one) the console; null when none. */
    private char[] password(Options o, boolean prompt) throws IOException {
        if (o.optional("password-file") != null) {
            var lines = Files.readAllLines(Path.of(o.optional("password-file")), java.nio.charset.StandardCharsets.UTF_8);
            return lines.isEmpty() ? new char[0] : lines.getFirst().toCharArray();
        }
        if (env.get("GOV_KEY_PASSWORD") != null) {
            return env.get("GOV_KEY_PASSWORD").toCharArray();
        }
        var console = System.console();
        return prompt && console != null ? console.readPassword("password of the private key: ") : null;
    }

    private SealedBid readBid(Options o) throws IOException {
        return EnvelopeCheck.validate(Files.readAllBytes(Path.of(o.required("bid"))));
    }

    private BidGateway gateway(Options o) {
        var token = o.optional("token") != null ? o.optional("token") : env.get("GOV_TOKEN");
        return new BidGateway(URI.create(o.required("gateway")), token);
    }

    private static Map<String, String> parse(String[] args, Set<String> allowed) {
        var options = new HashMap<String, String>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || !allowed.contains(args[i].substring(2))) {
                throw new IllegalArgumentException(args[0] + ": unknown option " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[0] + ": " + args[i] + " needs a value");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static final class MissingOption extends RuntimeException {
        MissingOption(String message) {
            super(message);
        }
    }

    private record Options(String command, Map<String, String> values) {
        String required(String name) {
            var value = values.get(name);
            if (value == null) {
                throw new MissingOption(command + ": --" + name + " is required");
            }
            return value;
        }

        String optional(String name) {
            return values.get(name);
        }
    }
}
