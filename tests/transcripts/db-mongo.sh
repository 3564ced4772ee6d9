# MongoDB with a named volume: mongosh's prompt, show dbs, use, insertOne/insertMany, find,
# and the documents outliving `docker rm` on the volume.
docker run -d --name mongo -v mongo-data:/data/db mongo
docker exec -it mongo mongosh
show dbs
use shop
db.items.insertOne({name: 'apple', price: 1.5})
db.items.insertMany([{name: 'pear', price: 2}, {name: "fig", tags: ['dried']}])
db.items.find()
db.items.find({name: 'pear'})
db.items.countDocuments()
db.items.updateOne({name: 'pear'}, {$set: {price: 2.5}, $inc: {sold: 1}})
db.items.find({name: 'pear'}).pretty()
db.items.deleteOne({name: 'fig'})
show collections
show dbs
nosuch
exit
docker rm -f mongo
docker run -d --name mongo2 -v mongo-data:/data/db mongo
docker exec mongo2 mongosh shop --quiet --eval "db.items.countDocuments()"
