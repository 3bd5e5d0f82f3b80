package dev.collections.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The SQL a class writes, from its class file's string constants (literals and the recipes of string
 * concatenation): ArchUnit sees types and calls, not the text of a query, so this condition reads the constants.
 */
final class SqlText {
    private SqlText() {
    }

    /** The condition: no string constant of the class reads {@code tables} (after FROM or JOIN). */
    static ArchCondition<JavaClass> notRead(List<String> tables) {
        Pattern reads = Pattern.compile("(?i)\\b(FROM|JOIN)\\s+(" + String.join("|", tables) + ")\\b");
        return new ArchCondition<>("not read the tables " + tables + " in their own SQL") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (String text : constants(type)) {
                    if (reads.matcher(text).find()) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " reads an account table: \""
                                + text.strip() + "\""));
                    }
                }
            }
        };
    }

    static List<String> constants(JavaClass type) {
        List<String> found = new ArrayList<>();
        var source = type.getSource().orElseThrow();
        try (InputStream in = source.getUri().toURL().openStream()) {
            new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public void visitLdcInsn(Object value) {
                            if (value instanceof String s) {
                                found.add(s);
                            }
                        }

                        @Override
                        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap,
                                                           Object... arguments) {
                            for (Object a : arguments) {
                                if (a instanceof String s) {
                                    found.add(s);
                                }
                            }
                        }
                    };
                }
            }, ClassReader.SKIP_DEBUG);
        } catch (IOException e) {
            throw new IllegalStateException("the class file of " + type.getName() + " could not be read", e);
        }
        return found;
    }
}
