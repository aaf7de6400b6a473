# The production jar from ./mvnw -Pproduction package (pre-compiled Vaadin bundle, no Node needed).
FROM eclipse-temurin:17-jre
WORKDIR /app
RUN useradd --system --uid 1001 plateau
COPY target/plateau-*.jar /app/plateau.jar
USER plateau
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/plateau.jar"]
