// Command kindmodel trains the recogniser's kind model for names the
// knowledge base lacks on the embedded knowledge base and writes its
// weights (data/kind_model.txt, embedded by package entity):
//
//	go run ./internal/entity/gen/kindmodel -o internal/entity/data/kind_model.txt
//
// It prints the accuracy on the held-out fifth of the knowledge base's names.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"

	"sitrep/internal/entity"
)

func main() {
	out := flag.String("o", "data/kind_model.txt", "output file")
	flag.Parse()
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	rep, err := entity.TrainKindModel(entity.Default(), w)
	if err != nil {
		log.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	fmt.Print(rep)
}
